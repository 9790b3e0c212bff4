// Annex B built-ins: RegExp.prototype.compile, Date toGMTString/getYear/setYear, __lookupGetter__, escape of non-ASCII.
var re = /a/g;
re.lastIndex = 3;
var same = re.compile('b+', 'i');
console.log(same === re, re.source, re.flags, re.lastIndex, re.test('xBBx'));
re.compile(/c/m);
console.log(re.source, re.flags);
try { re.compile(/c/, 'g'); } catch (e) { console.log(e.name, e.message); }
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(Date.UTC(1999, 5)).getYear(), new Date(Date.UTC(2024, 0)).getYear());
var d = new Date(0);
d.setYear(99);
console.log(d.getFullYear(), d.setYear(NaN), typeof Date.prototype.setYear);
var o = {};
o.__defineGetter__('g', function () { return 'got'; });
o.__defineSetter__('s', function (v) { this.stored = v; });
o.s = 5;
console.log(o.g, o.stored, typeof o.__lookupGetter__('g'), o.__lookupSetter__('g'), typeof Object.create(o).__lookupGetter__('g'));
console.log(escape('ä€😀 +/@*_-.'), unescape('%u20AC%E4%zz%'), 'abcdef'.substr(-3, 2), 'abc'.substr(1), 'abc'.substr(0, -1) === '');
