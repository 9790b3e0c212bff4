// Defaults apply only to undefined (not null, 0, '' or false); function names are inferred from defaults.
const [a = 'A', b = 'B', c = 'C', d = 'D', e = 'E'] = [undefined, null, 0, '', false];
console.log(a, b, c, d === '', e);
const { f = function () {}, g = () => {}, h = class {} } = {};
console.log(f.name, g.name, h.name);
const [i = function () {}] = [];
console.log(i.name);
const { j: renamed = function () {} } = {};
console.log(renamed.name);
const [, second = 2] = [1];
console.log(second);
const [k = 1, l = k + 1, m = l * 2] = [];
console.log(k, l, m);
try { const [n = o, o = 1] = []; } catch (err) { console.log(err.constructor.name, err.message); }
