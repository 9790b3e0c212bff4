// Static blocks run in order with static fields, see private names, can read the class binding, and run once.
const log = [];
class Config {
  static #secret = 'hidden';
  static a = (log.push('field a'), 1);
  static { log.push('block 1 sees a=' + this.a + ' and ' + Config.#secret); this.b = this.a + 1; }
  static c = (log.push('field c sees b=' + this.b), 3);
  static { log.push('block 2'); try { this.#secret = 'changed'; } catch (e) { log.push(e.message); } }
  static reveal() { return Config.#secret; }
}
console.log(log.join(' | '), Config.b, Config.c, Config.reveal());
let getter;
class Privileged { #x = 42; static { getter = o => o.#x; } }
console.log(getter(new Privileged()));
try { getter({}); } catch (e) { console.log(e.constructor.name); }
