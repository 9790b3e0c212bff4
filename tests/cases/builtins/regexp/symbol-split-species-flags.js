// @@split builds its splitter with the y flag added, leaving the original regexp untouched.
var re = /,/g;
re.lastIndex = 7;
console.log(JSON.stringify("a,b,c".split(re)), re.lastIndex, re.flags);
var seen = [];
class Spy extends RegExp {
  constructor(p, f) { super(p, f); seen.push(String(f)); }
}
"x-y".split(new Spy("-", "i"));
console.log(seen.join(" "));
