// Order of evaluation in destructuring assignment: targets, getters, defaults, computed keys.
const log = [];
const src = {
  get a() { log.push('get a'); return undefined; },
  get b() { log.push('get b'); return 'B'; },
};
const target = {};
function key(k) { log.push('key ' + k); return k; }
function def(v) { log.push('default ' + v); return v; }
({ [key('a')]: target.x = def('X'), [key('b')]: target.y = def('Y') } = src);
console.log(log.join(', '));
console.log(target.x, target.y);
log.length = 0;
const obj = { set p(v) { log.push('set p ' + v); } };
[obj.p, obj.p] = [1, 2];
console.log(log.join(', '));
const result = ({ a } = { a: 1 });
console.log(JSON.stringify(result));
