var log = [];
function key(name) { log.push('key ' + name); return name; }
function init(name) { log.push('init ' + name); return name; }
class A {
  [key('a')] = init('a');
  static [key('s1')] = init('s1');
  [key('b')] = init('b');
  static { log.push('block'); }
  static [key('s2')] = init('s2');
  [key('m')]() {}
}
log.push('class done');
new A();
log.push('after new');
new A();
console.log(log.join('\n'));
