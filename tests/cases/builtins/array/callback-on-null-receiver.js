// Array methods called on null or undefined throw with the method's name.
var names = ["every", "filter", "find", "forEach", "includes", "indexOf", "join", "map", "pop", "push", "reduce", "reverse", "slice", "some", "sort"];
names.forEach(function (n) {
  try { Array.prototype[n].call(undefined, function () {}); console.log(n, "no error"); }
  catch (e) { console.log(e.name, e.message); }
});
