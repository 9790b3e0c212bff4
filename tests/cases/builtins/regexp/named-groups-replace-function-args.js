// With named groups, replacement functions get the groups object as their last argument.
var seen = [];
"2020-05".replace(/(?<y>\d+)-(?<m>\d+)/, function () {
  var args = Array.prototype.slice.call(arguments);
  seen.push(args.length, typeof args[args.length - 1], args[args.length - 2], args[args.length - 3]);
  return "";
});
console.log(seen.join(" "));
var noGroups = [];
"ab".replace(/(a)/, function () { noGroups.push(arguments.length); return ""; });
console.log(noGroups.join(" "));
console.log("x-y".replace(/(?<first>\w)-(?<second>\w)/, "$<second>-$<first>"), "x".replace(/(?<a>x)/, "[$<a>$<b>]"));
