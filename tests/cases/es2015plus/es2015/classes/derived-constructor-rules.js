// Derived constructors: this before super, super twice, returning objects/undefined/primitives.
class Base { constructor() { this.b = 1; } }
class NoSuper extends Base { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
class Early extends Base { constructor() { this.x = 1; super(); } }
try { new Early(); } catch (e) { console.log(e.constructor.name, e.message); }
class Twice extends Base { constructor() { super(); super(); } }
try { new Twice(); } catch (e) { console.log(e.constructor.name, e.message); }
class RetObj extends Base { constructor() { return { custom: true }; } }
console.log(JSON.stringify(new RetObj()));
class RetUndef extends Base { constructor() { super(); return undefined; } }
console.log(new RetUndef().b);
class RetPrim extends Base { constructor() { super(); return 1; } }
try { new RetPrim(); } catch (e) { console.log(e.constructor.name, e.message); }
class BaseRetPrim { constructor() { return 1; } }
console.log(new BaseRetPrim() instanceof BaseRetPrim);
class ArrowSuper extends Base { constructor() { const f = () => super(); f(); this.ok = this.b; } }
console.log(new ArrowSuper().ok);
class ArrowBeforeSuper extends Base { constructor() { const get = () => this.b; try { get(); } catch (e) { console.log(e.constructor.name); } super(); this.seen = get(); } }
console.log(new ArrowBeforeSuper().seen);
