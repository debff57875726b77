import { useState } from 'react';
import type { JsonPath } from '../../../../src/index.ts';
import type { PlainObject } from '../values.ts';
import { EnvList } from './EnvList.tsx';
import { ResourcesFields } from './ResourcesFields.tsx';
import { SecurityContextFields } from './SecurityContextFields.tsx';
import type { SpecAccess } from './specAccess.ts';

interface ContainerExtrasProps {
  container: PlainObject;
  path: JsonPath;
  access: SpecAccess;
}

/** The Container fields an annotation init container can never have: env, resources, securityContext. */
export function ContainerExtras({ container, path, access }: ContainerExtrasProps) {
  const used = ['env', 'resources', 'securityContext'].some((k) => container[k] !== undefined);
  const [open, setOpen] = useState(used);
  return (
    <details className="hd-extras" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="hd-extras__summary">Env, resources, securityContext</summary>
      <EnvList env={container['env']} path={[...path, 'env']} access={access} />
      <ResourcesFields
        resources={container['resources']}
        path={[...path, 'resources']}
        access={access}
      />
      <SecurityContextFields
        securityContext={container['securityContext']}
        path={[...path, 'securityContext']}
        access={access}
      />
    </details>
  );
}
