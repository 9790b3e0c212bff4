// SyntaxErrors from eval and Function are ordinary catchable error objects.
function parseError(src) {
  try { eval(src); return "no error"; } catch (e) {
    return [e.name, e instanceof SyntaxError, e instanceof Error, typeof e.message].join(" ");
  }
}
console.log(parseError("var 1a;"));
console.log(parseError("function (){}"));
console.log(parseError("{"));
console.log(parseError("1 + 1"));
try { new Function("a b", "return 1"); } catch (e) { console.log("Function params:", e.name); }
try { JSON.parse("{'single': 1}"); } catch (e) { console.log("JSON:", e.name, e instanceof SyntaxError); }
try { new RegExp("("); } catch (e) { console.log("RegExp:", e.name); }
