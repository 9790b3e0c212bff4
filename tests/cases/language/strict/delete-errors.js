// Strict mode: deleting a non-configurable property throws a TypeError.
"use strict";
var o = {};
Object.defineProperty(o, "fixed", { value: 1, configurable: false });
try { delete o.fixed; } catch (e) { console.log(e.name, e instanceof TypeError); }
console.log(delete o.missing, delete o["also missing"]);
var a = [1, 2];
try { delete a.length; } catch (e) { console.log("array length:", e.name); }
console.log(delete a[0], a.length, 0 in a);
try { delete Object.prototype; } catch (e) { console.log("Object.prototype:", e.name); }
try { delete "abc"[0]; } catch (e) { console.log("string index:", e.name); }
var frozen = Object.freeze({ k: 1 });
try { delete frozen.k; } catch (e) { console.log("frozen:", e.name); }
console.log(eval("delete o.missing"));
