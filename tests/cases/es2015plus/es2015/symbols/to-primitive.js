// Symbol.toPrimitive controls conversions with the hint; its result must be primitive.
const money = {
  [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? '$42' : 'default:42'; },
};
console.log(+money, `${money}`, money + '', money * 2, String(money), money == 'default:42');
console.log([money] + '', Number(money), new Date(money).getTime ? 'date' : '');
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { console.log(e.constructor.name, e.message); }
const notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { console.log(e.constructor.name); }
const undefProp = { [Symbol.toPrimitive]: undefined, valueOf() { return 7; } };
console.log(+undefProp);
const d = new Date(0);
console.log(typeof d[Symbol.toPrimitive], d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('default'));
try { d[Symbol.toPrimitive]('bogus'); } catch (e) { console.log(e.constructor.name, e.message); }
