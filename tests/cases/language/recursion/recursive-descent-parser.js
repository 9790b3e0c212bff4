// A recursive-descent evaluator for arithmetic expressions.
function evaluate(src) {
  var pos = 0;
  function peek() { return src.charAt(pos); }
  function skip() { while (peek() === " ") pos++; }
  function number() {
    skip();
    var start = pos;
    while (/[0-9.]/.test(peek())) pos++;
    if (start === pos) throw new SyntaxError("number expected at " + pos);
    return parseFloat(src.slice(start, pos));
  }
  function factor() {
    skip();
    if (peek() === "(") { pos++; var v = expr(); skip(); pos++; return v; }
    if (peek() === "-") { pos++; return -factor(); }
    return number();
  }
  function term() {
    var v = factor();
    for (skip(); peek() === "*" || peek() === "/"; skip()) v = src.charAt(pos++) === "*" ? v * factor() : v / factor();
    return v;
  }
  function expr() {
    var v = term();
    for (skip(); peek() === "+" || peek() === "-"; skip()) v = src.charAt(pos++) === "+" ? v + term() : v - term();
    return v;
  }
  return expr();
}
console.log(evaluate("1 + 2 * 3"), evaluate("(1 + 2) * 3"), evaluate("-(4 - 6) / 4"), evaluate("2 * (3 + (4 - 1)) * 0.5"));
try { evaluate("1 + *"); } catch (e) { console.log(e.name, e.message); }
var nested = "";
for (var i = 0; i < 200; i++) nested = "(" + nested + (nested ? "+1" : "1") + ")";
console.log(evaluate(nested));
