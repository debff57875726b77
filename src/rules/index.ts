import { initImageWithoutCommand } from './init-image-without-command.ts';
import { initNameGenerated } from './init-name-generated.ts';
import type { Rule } from './rule.ts';

/** Every check, in catalogue order. Adding a check = one file in this folder + one line here. */
export const rules: readonly Rule[] = [initImageWithoutCommand, initNameGenerated];
