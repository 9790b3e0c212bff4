// Object.create with property descriptors, null prototypes, and errors; defineProperties ordering and validation.
var o = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 }, acc: { get: function () { return this.own * 10; }, enumerable: true } });
console.log(JSON.stringify(o), o.inherited, o.hidden, o.acc, Object.keys(o).join());
var bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, 'x' in bare, Object.getPrototypeOf(bare), String(Object.keys(bare)));
try { Object.create(1); } catch (e) { console.log(e.name, e.message); }
try { Object.create({}, { bad: { get: 1 } }); } catch (e) { console.log(e.name, e.message); }
try { Object.create({}, { bad: { value: 1, get: function () {} } }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperties({}, { a: 1 }); } catch (e) { console.log(e.name, e.message); }
try { Object.create({}, null); } catch (e) { console.log(e.name, e.message); }
var log = [];
Object.defineProperties({}, { get b() { log.push('b'); return { value: 1 }; }, get a() { log.push('a'); return { value: 2 }; } });
console.log(log.join());
