// return from inside a switch, switch on computed values and nested switches.
function dayType(d) {
  switch (d) {
    case "sat":
    case "sun":
      return "weekend";
    case "mon": case "tue": case "wed": case "thu": case "fri":
      return "weekday";
  }
  return "unknown";
}
console.log(dayType("sat"), dayType("wed"), dayType("xyz"));
function nested(a, b) {
  switch (a) {
    case 1:
      switch (b) {
        case 1: return "1-1";
        default: break;
      }
      return "1-other";
    default:
      return "other";
  }
}
console.log(nested(1, 1), nested(1, 2), nested(2, 1));
function calc(op, x, y) {
  switch (op) {
    case "+": return x + y;
    case "-": return x - y;
    case "*": return x * y;
    default: throw new Error("unknown op " + op);
  }
}
console.log(calc("+", 2, 3), calc("*", 4, 5));
try { calc("/", 1, 2); } catch (e) { console.log(e.message); }
