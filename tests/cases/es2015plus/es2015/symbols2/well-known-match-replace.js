// Symbol.match/replace/search/split let non-RegExp objects drive String methods; Symbol.match false opts out of regexp checks.
class Wildcard {
  constructor(pattern) { this.re = new RegExp('^' + pattern.replace(/\*/g, '.*') + '$'); }
  [Symbol.match](s) { return this.re.test(s) ? [s] : null; }
  [Symbol.search](s) { return this.re.test(s) ? 0 : -1; }
  [Symbol.replace](s, r) { return this.re.test(s) ? r : s; }
  [Symbol.split](s) { return s.split('*'); }
}
const w = new Wildcard('a*z');
console.log(JSON.stringify('abcz'.match(w)), 'abc'.match(w), 'abcz'.search(w), 'abcz'.replace(w, 'matched'), JSON.stringify('x*y'.split(w)));
const re = /a/;
re[Symbol.match] = false;
console.log('/a/'.startsWith(re), '/a/'.includes(re), '/a/'.endsWith(re));
console.log(RegExp.prototype[Symbol.split].name, typeof String.prototype[Symbol.iterator], Symbol.unscopables in Array.prototype);
