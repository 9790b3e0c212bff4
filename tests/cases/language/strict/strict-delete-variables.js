// Deleting a plain name is a syntax error in strict code; sloppy delete returns false.
var forms = ["delete x", "delete (x)", "delete obj.prop", "delete obj['p']", "delete 1", "delete (0, x)"];
for (var i = 0; i < forms.length; i++) {
  var strictResult, sloppyResult;
  try { Function("'use strict'; var x, obj = {}; return " + forms[i]); strictResult = "ok"; } catch (e) { strictResult = e.name; }
  try { sloppyResult = Function("var x, obj = {}; return " + forms[i])(); } catch (e) { sloppyResult = e.name; }
  console.log(forms[i], "| strict:", strictResult, "| sloppy:", sloppyResult);
}
var sloppyDeleted = (function () { implicitForDelete = 1; return delete implicitForDelete; })();
console.log("implicit global:", sloppyDeleted, typeof implicitForDelete);
