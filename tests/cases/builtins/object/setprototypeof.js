// setPrototypeOf changes the prototype, refusing cycles and non-extensible objects.
var a = {}, b = { hello: "world" };
console.log(Object.setPrototypeOf(a, b) === a, a.hello);
Object.setPrototypeOf(a, null);
console.log(Object.getPrototypeOf(a), a.hello);
try { Object.setPrototypeOf(b, Object.create(b)); } catch (e) { console.log(e.name, e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), b); } catch (e) { console.log(e.name, e.message); }
var frozen = Object.freeze({});
console.log(Object.setPrototypeOf(frozen, Object.prototype) === frozen);
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.name, e.message); }
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf.length);
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.name, e.message); }
