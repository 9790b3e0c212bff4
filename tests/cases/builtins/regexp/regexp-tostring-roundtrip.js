// String(re) gives /source/flags, which evaluates back to an equivalent regexp.
var list = [/a\/b/g, new RegExp("x\ny", "m"), /[/]/, /\\/, new RegExp("", "gimsuy"), /(?<n>\d)\k<n>/u, new RegExp("a\u2028b")];
for (var i = 0; i < list.length; i++) {
  var text = String(list[i]);
  var back = eval(text);
  console.log(JSON.stringify(text), back.source === list[i].source, back.flags === list[i].flags);
}
