import { describe, expect, it } from 'vitest';
import { compileGlob } from './glob.ts';

/**
 * Answers of the real gobwas/glob v0.2.3 (Go 1.19, `glob.Compile(p)` with no separators, then
 * `Match(s)` with panics recovered, and `fmt.Sprint(glob)` for the compiled tree), one row per
 * line: pattern, input, outcome, tree, separated by tabs. The rows cover every kind of
 * divergence from correct globbing found by differential fuzzing against Go, plus ordinary
 * namespace patterns. Backquotes in the trees are written as '.
 */
const goldens = String.raw`
{,}日	日	noMatch	<row_1:[<any_of:[<nothing>,<nothing>]>,<text:'日'>]>
{}{,,}b	b	noMatch	<row_1:[<nothing>,<any_of:[<nothing>,<nothing>,<nothing>]>,<text:'b'>]>
?{,,}é	aé	noMatch	<row_2:[<single:![]>,<any_of:[<nothing>,<nothing>,<nothing>]>,<text:'é'>]>
{}**{}日	日	noMatch	<btree:[<btree:[<nil><-<nothing>-><super>]><-<row_1:[<nothing>,<text:'日'>]>-><nil>]>
?-日{,}	日-日	noMatch	<row_3:[<single:![]>,<text:'-日'>,<any_of:[<nothing>,<nothing>]>]>
-{}{}?*	-a-b	noMatch	<btree:[<nil><-<row_2:[<text:'-'>,<nothing>,<nothing>,<single:![]>]>-><super>]>
**{}a**	aaaa	noMatch	<btree:[<super><-<row_1:[<nothing>,<text:'a'>]>-><super>]>
?é	aé	noMatch	<row_2:[<single:![]>,<text:'é'>]>
b?b	béb	noMatch	<row_3:[<text:'b'>,<single:![]>,<text:'b'>]>
?-日	a-日	noMatch	<row_3:[<single:![]>,<text:'-日'>]>
?b?-日é	éb--日é	noMatch	<row_6:[<single:![]>,<text:'b'>,<single:![]>,<text:'-日é'>]>
b?aébaé	béaébaé	noMatch	<row_7:[<text:'b'>,<single:![]>,<text:'aébaé'>]>
bb?é[a-z]b	bbééab	noMatch	<row_6:[<text:'bb'>,<single:![]>,<text:'é'>,<range:[a,z]>,<text:'b'>]>
?{日日,-,-}?b	b日日日b	noMatch	<btree:[<btree:[<nil><-<single:![]>-><any_of:[<text:'日日'>,<text:'-'>,<text:'-'>]>]><-<row_2:[<single:![]>,<text:'b'>]>-><nil>]>
?		match	<single:![]>
{a,?,日日}		match	<any_of:[<text:'a'>,<single:![]>,<text:'日日'>]>
{?,aa}aaaa	aaaa	match	<btree:[<any_of:[<single:![]>,<text:'aa'>]><-<text:'aaaa'>-><nil>]>
{{?},a?,?}aa	aa	match	<btree:[<any_of:[<single:![]>,<row_2:[<text:'a'>,<single:![]>]>,<single:![]>]><-<text:'aa'>-><nil>]>
?{}	b	panic	<row_1:[<single:![]>,<nothing>]>
?{,}	a	panic	<row_1:[<single:![]>,<any_of:[<nothing>,<nothing>]>]>
{}{,}		panic	<row_0:[<nothing>,<any_of:[<nothing>,<nothing>]>]>
ba{,,}	ba	panic	<row_2:[<text:'ba'>,<any_of:[<nothing>,<nothing>,<nothing>]>]>
{,}{,,}{}		panic	<row_0:[<any_of:[<nothing>,<nothing>]>,<any_of:[<nothing>,<nothing>,<nothing>]>,<nothing>]>
[a-b]{,}	a	panic	<row_1:[<range:[a,b]>,<any_of:[<nothing>,<nothing>]>]>
*b?{,}{}	ébb	panic	<btree:[<super><-<row_2:[<text:'b'>,<single:![]>,<any_of:[<nothing>,<nothing>]>,<nothing>]>-><nil>]>
{,,}**{,}	-	noMatch	<btree:[<btree:[<nil><-<any_of:[<nothing>,<nothing>,<nothing>]>-><super>]><-<any_of:[<nothing>,<nothing>]>-><nil>]>
aa**{{,aa}}**	aa	noMatch	<btree:[<nil><-<text:'aa'>-><btree:[<nil><-<super>-><btree:[<nil><-<any_of:[<nothing>,<text:'aa'>]>-><super>]>]>]>
aa**{a,}{{**}}	aa	noMatch	<btree:[<nil><-<text:'aa'>-><btree:[<nil><-<super>-><btree:[<nil><-<any_of:[<text:'a'>,<nothing>]>-><super>]>]>]>
a{a,**}****{}	aaa	noMatch	<btree:[<nil><-<text:'a'>-><btree:[<btree:[<nil><-<any_of:[<text:'a'>,<super>]>-><super>]><-<nothing>-><nil>]>]>
**{,}**a{a,b,}b	ab	noMatch	<btree:[<btree:[<btree:[<super><-<any_of:[<nothing>,<nothing>]>-><super>]><-<text:'a'>-><any_of:[<text:'a'>,<text:'b'>,<nothing>]>]><-<text:'b'>-><nil>]>
*{*,{*,*,cc}}		noMatch	<btree:[<super><-<any_of:[<super>,<any_of:[<super>,<super>,<text:'cc'>]>]>-><nil>]>
aaa{*,aa}	aaaa	noMatch	<row_5:[<text:'aaa'>,<any_of:[<super>,<text:'aa'>]>]>
*{*,{*,*,aa}}		noMatch	<btree:[<super><-<any_of:[<super>,<any_of:[<super>,<super>,<text:'aa'>]>]>-><nil>]>
{*,{a}}aa	aaaaa	noMatch	<row_3:[<any_of:[<super>,<text:'a'>]>,<text:'aa'>]>
ba{{*,aa,bc}}	ba	noMatch	<row_4:[<text:'ba'>,<any_of:[<super>,<text:'aa'>,<text:'bc'>]>]>
aa{{*,日a,aa}}	aa	noMatch	<row_4:[<text:'aa'>,<any_of:[<super>,<text:'日a'>,<text:'aa'>]>]>
{**,}**{{,éé,a}}		noMatch	<btree:[<nil><-<any_of:[<super>,<nothing>]>-><btree:[<nil><-<super>-><any_of:[<nothing>,<text:'éé'>,<text:'a'>]>]>]>
aa**aa	aaa	match	<prefix_suffix:[aa,aa]>
aaa***aa	aaa	match	<prefix_suffix:[aaa,aa]>
aa**aaa	aaaa	match	<prefix_suffix:[aa,aaa]>
aaaaaa*aa	aaaaaa	match	<prefix_suffix:[aaaaaa,aa]>
**{,}	aaaaa	noMatch	<btree:[<super><-<any_of:[<nothing>,<nothing>]>-><nil>]>
app-*-prod	app-prod	match	<prefix_suffix:[app-,-prod]>
start*art	start	match	<prefix_suffix:[start,art]>
{a,}{a,}a	a	noMatch	<btree:[<btree:[<nil><-<any_of:[<text:'a'>,<nothing>]>-><any_of:[<text:'a'>,<nothing>]>]><-<text:'a'>-><nil>]>
[!ab][!ab]	ba	match	<every_of:[<min:2>,<max:2>,<contains:![ab]>]>
*[!ab][!ab]	xba	match	<btree:[<nil><-<super>-><every_of:[<min:2>,<max:2>,<contains:![ab]>]>]>
[!a]		match	<list:![a]>
a{}	a	panic	<row_1:[<text:'a'>,<nothing>]>
a{}b	ab	noMatch	<row_2:[<text:'a'>,<nothing>,<text:'b'>]>
{a*b*c,x}*	abc	noMatch	<btree:[<nil><-<any_of:[<btree:[<btree:[<prefix:a><-<text:'b'>-><super>]><-<text:'c'>-><nil>]>,<text:'x'>]>-><super>]>
{*a,*a}{x*,y*}	aax	noMatch	<btree:[<nil><-<suffix:a>-><btree:[<nil><-<any_of:[<text:'x'>,<text:'y'>]>-><super>]>]>
*{,}	x	noMatch	<btree:[<super><-<any_of:[<nothing>,<nothing>]>-><nil>]>
?b	éb	noMatch	<row_2:[<single:![]>,<text:'b'>]>
é?	éa	noMatch	<row_2:[<text:'é'>,<single:![]>]>
a*a	a	match	<prefix_suffix:[a,a]>
{{a,a,?aaa},a}a	aaaaa	noMatch	<row_2:[<any_of:[<any_of:[<text:'a'>,<text:'a'>,<row_4:[<single:![]>,<text:'aaa'>]>]>,<text:'a'>]>,<text:'a'>]>
prod-*	prod-eu	match	<prefix:prod->
*-prod	web-prod	match	<suffix:-prod>
*-prod	-prod	match	<suffix:-prod>
team-{a,b}-*	team-b-web	match	<btree:[<nil><-<row_7:[<text:'team-'>,<any_of:[<text:'a'>,<text:'b'>]>,<text:'-'>]>-><super>]>
team-{a,b}-*	team-c	noMatch	<btree:[<nil><-<row_7:[<text:'team-'>,<any_of:[<text:'a'>,<text:'b'>]>,<text:'-'>]>-><super>]>
ns-[0-9]	ns-7	match	<row_4:[<text:'ns-'>,<range:[0,9]>]>
ns-[0-9][0-9]	ns-42	match	<row_5:[<text:'ns-'>,<range:[0,9]>,<range:[0,9]>]>
[!k]*	kube-system	noMatch	<btree:[<nil><-<list:![k]>-><super>]>
kube-*	kube-system	match	<prefix:kube->
*system*	kube-system	match	<contains:[system]>
*-*	a-b	match	<contains:[-]>
*-*	-	match	<contains:[-]>
{dev,staging}-*-{eu,us}	dev-app-eu	match	<btree:[<btree:[<any_of:[<text:'dev'>,<text:'staging'>]><-<text:'-'>-><super>]><-<row_3:[<text:'-'>,<any_of:[<text:'eu'>,<text:'us'>]>]>-><nil>]>
{dev,staging}-*-{eu,us}	dev-eu	noMatch	<btree:[<btree:[<any_of:[<text:'dev'>,<text:'staging'>]><-<text:'-'>-><super>]><-<row_3:[<text:'-'>,<any_of:[<text:'eu'>,<text:'us'>]>]>-><nil>]>
app-??	app-01	match	<row_6:[<text:'app-'>,<single:![]>,<single:![]>]>
app-??	app-1	noMatch	<row_6:[<text:'app-'>,<single:![]>,<single:![]>]>
*		match	<super>
**		match	<super>
{}		match	<nothing>
{,}		match	<any_of:[<nothing>,<nothing>]>
x{,}	x	panic	<row_1:[<text:'x'>,<any_of:[<nothing>,<nothing>]>]>
{a,b}	a	match	<any_of:[<text:'a'>,<text:'b'>]>
{ab,cd}?	cdx	match	<row_3:[<any_of:[<text:'ab'>,<text:'cd'>]>,<single:![]>]>
a?*	a	noMatch	<btree:[<nil><-<row_2:[<text:'a'>,<single:![]>]>-><super>]>
a?*	ab	match	<btree:[<nil><-<row_2:[<text:'a'>,<single:![]>]>-><super>]>
*?		noMatch	<min:1>
?*?	a	noMatch	<min:2>
prod{,-eu}	prod	match	<btree:[<nil><-<text:'prod'>-><any_of:[<nothing>,<text:'-eu'>]>]>
prod{,-eu}	prod-eu	match	<btree:[<nil><-<text:'prod'>-><any_of:[<nothing>,<text:'-eu'>]>]>
prod{-eu,}	prod	match	<btree:[<nil><-<text:'prod'>-><any_of:[<text:'-eu'>,<nothing>]>]>
{prod,prod-*}	prod-x	match	<any_of:[<text:'prod'>,<prefix:prod->]>
*{-a,-b}	x-b	match	<btree:[<super><-<any_of:[<text:'-a'>,<text:'-b'>]>-><nil>]>
{*-a,*-b}	x-b	match	<btree:[<super><-<any_of:[<text:'-a'>,<text:'-b'>]>-><nil>]>
{*-a,*-b}*	x-b-c	noMatch	<btree:[<nil><-<btree:[<super><-<any_of:[<text:'-a'>,<text:'-b'>]>-><nil>]>-><super>]>
{a*,b*}{c,d}	abd	match	<btree:[<btree:[<nil><-<any_of:[<text:'a'>,<text:'b'>]>-><super>]><-<any_of:[<text:'c'>,<text:'d'>]>-><nil>]>
*a*	a	match	<contains:[a]>
x*{a,b}*y	xay	match	<btree:[<btree:[<prefix:x><-<any_of:[<text:'a'>,<text:'b'>]>-><super>]><-<text:'y'>-><nil>]>`;

const rows = goldens
  .trim()
  .split('\n')
  .map((line) => line.split('\t') as [string, string, string, string]);

describe('compileGlob against gobwas/glob v0.2.3 itself', () => {
  it.each(rows)('%j ~ %j: %s', (pattern, input, outcome, tree) => {
    const g = compileGlob(pattern);
    if ('error' in g) throw new Error(g.error);
    expect(g.outcome(input).kind).toBe(outcome);
    expect(g.tree.replaceAll('`', "'")).toBe(tree);
  });
});
