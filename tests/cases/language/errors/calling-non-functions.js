// Calling a non-function throws TypeError; the message names the callee as written.
var values = { num: 1, str: "s", nul: null, undef: undefined, obj: {} };
var keys = Object.keys(values);
for (var i = 0; i < keys.length; i++) {
  try {
    values[keys[i]]();
  } catch (e) {
    console.log(keys[i], e.name, e instanceof TypeError);
  }
}
var o = {};
try { o.method(); } catch (e) { console.log(e.message); }
var notFn = 5;
try { notFn(); } catch (e) { console.log(e.message); }
try { o.a = {}; o.a.b(); } catch (e) { console.log(e.message); }
try { (void 0)(); } catch (e) { console.log(e.name); }
