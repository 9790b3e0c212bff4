// Error constructors coerce the message to a string and own it only when given.
var cases = [undefined, null, 0, false, "", "text", { toString: function () { return "from toString"; } }, [1, 2]];
for (var i = 0; i < cases.length; i++) {
  var e = new Error(cases[i]);
  console.log(i, JSON.stringify(e.message), e.hasOwnProperty("message"));
}
var t = TypeError("no new");
console.log(t instanceof TypeError, t.message, t.constructor === TypeError);
console.log(Error.length, TypeError.length, Error.name, RangeError.name);
console.log(Object.prototype.toString.call(new RangeError()), typeof Error.prototype.toString);
