// Declarations inside switch cases belong to the enclosing function.
function f(x) {
  switch (x) {
    case 1:
      var declared = "from case 1";
      break;
    case 2: {
      var alsoDeclared = "from case 2 block";
      break;
    }
    default:
      var inDefault = function () { return "default"; };
  }
  return [typeof declared, String(declared), typeof alsoDeclared, typeof inDefault].join(" ");
}
console.log(f(1));
console.log(f(2));
console.log(f(3));
