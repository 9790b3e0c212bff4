try { console.log(Map.prototype.size); } catch (e) { console.log(e.constructor.name); }
try { console.log(Set.prototype.size); } catch (e) { console.log(e.constructor.name); }
const m = new Map([[1, 2]]);
const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
console.log(size.call(m));
const obj = Object.create(m);
try { obj.size; } catch (e) { console.log('inherited receiver:', e.constructor.name); }
