// defineProperty rejects bad descriptors and redefinitions with V8's messages.
function t(f) { try { f(); console.log("ok"); } catch (e) { console.log(e.name, e.message); } }
t(function () { Object.defineProperty(1, "x", {}); });
t(function () { Object.defineProperty({}, "x", 1); });
t(function () { Object.defineProperty({}, "x", { get: 1 }); });
t(function () { Object.defineProperty({}, "x", { set: "no" }); });
t(function () { Object.defineProperty({}, "x", { value: 1, get: function () {} }); });
t(function () { Object.defineProperty({}, "x", { writable: true, set: function () {} }); });
var o = Object.defineProperty({}, "x", { value: 1 });
t(function () { Object.defineProperty(o, "x", { value: 2 }); });
t(function () { Object.defineProperty(o, "x", { value: 1 }); });
t(function () { Object.defineProperty(o, "x", { enumerable: true }); });
t(function () { Object.defineProperty(Object.preventExtensions({}), "y", { value: 1 }); });
t(function () { Object.defineProperty(o, "x", { get: function () {} }); });
