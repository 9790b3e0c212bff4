// The switch discriminant is evaluated once; case expressions only until a match.
var log = [];
function disc() { log.push("disc"); return 3; }
function cs(v) { log.push("case" + v); return v; }
switch (disc()) {
  case cs(1): log.push("body1");
  case cs(3): log.push("body3");
  case cs(4): log.push("body4"); break;
  case cs(5): log.push("body5");
}
console.log(log.join(" "));
log = [];
switch (disc()) {
  case cs(7): log.push("never");
  default: log.push("default");
  case cs(8): log.push("after default");
}
console.log(log.join(" "));
