function tag(strings) {
  var subs = Array.prototype.slice.call(arguments, 1);
  return JSON.stringify({ strings: strings, raw: strings.raw, subs: subs });
}
console.log(tag`plain`);
console.log(tag`a${1}b${'two'}c`);
console.log(tag`${1}${2}`);
console.log(tag`line\nbreak \u0041 \x41`);
console.log(tag``);
var strings = (function (s) { return s; })`x${0}y`;
console.log(Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings), strings.length);
console.log(Object.getOwnPropertyDescriptor(strings, 'raw').enumerable, Object.keys(strings));
