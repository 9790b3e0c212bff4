// JSON.parse revivers: holder and key arguments, deleting by returning undefined, arrays revived index by index, this.
var log = [];
var out = JSON.parse('{"a":[1,{"b":2}],"c":"x"}', function (k, v) { log.push(JSON.stringify(k) + (Array.isArray(this) ? '@arr' : '')); return typeof v === 'number' ? v * 10 : v; });
console.log(JSON.stringify(out), log.join(' '));
var pruned = JSON.parse('{"keep":1,"drop":2,"arr":[1,2,3]}', function (k, v) { return k === 'drop' || v === 2 ? undefined : v; });
console.log(JSON.stringify(pruned), pruned.arr.length, 1 in pruned.arr);
var holderCheck = JSON.parse('[5]', function (k, v) { if (k === '') return this[''] === v; return v; });
console.log(holderCheck);
console.log(JSON.parse('1', function (k, v) { return [k, v, typeof this]; }).join('|'));
var dateRevived = JSON.parse('{"when":"2020-01-02T03:04:05.000Z"}', function (k, v) { return typeof v === 'string' && /^\d{4}-/.test(v) ? new Date(v) : v; });
console.log(dateRevived.when instanceof Date, dateRevived.when.getUTCHours());
