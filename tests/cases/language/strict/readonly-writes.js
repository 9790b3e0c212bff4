// Strict mode turns silent write failures into TypeErrors.
"use strict";
var o = {};
Object.defineProperty(o, "ro", { value: 1, writable: false });
try { o.ro = 2; } catch (e) { console.log("non-writable:", e.name); }
var getterOnly = { get g() { return 1; } };
try { getterOnly.g = 2; } catch (e) { console.log("getter only:", e.name); }
var frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log("frozen write:", e.name); }
try { frozen.b = 2; } catch (e) { console.log("frozen add:", e.name); }
var sealed = Object.seal({ a: 1 });
sealed.a = 5;
try { sealed.b = 1; } catch (e) { console.log("sealed add:", e.name, sealed.a); }
try { "str".length = 1; } catch (e) { console.log("string length:", e.name); }
try { "str".x = 1; } catch (e) { console.log("primitive property:", e.name); }
try { undefined = 1; } catch (e) { console.log("undefined:", e.name); }
try { NaN = 1; } catch (e) { console.log("NaN:", e.name); }
var child = Object.create(Object.freeze({ inherited: 1 }));
try { child.inherited = 2; } catch (e) { console.log("inherited read-only:", e.name); }
