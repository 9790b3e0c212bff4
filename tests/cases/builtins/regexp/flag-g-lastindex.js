// The g flag: exec and test advance lastIndex and reset it to 0 on failure.
var re = /o/g;
console.log(re.test("foo"), re.lastIndex, re.test("foo"), re.lastIndex, re.test("foo"), re.lastIndex);
re.lastIndex = 0;
var found = [], m;
while ((m = re.exec("boo-hoo")) !== null) found.push(m.index + ":" + re.lastIndex);
console.log(found.join(" "), re.lastIndex);
var nonGlobal = /o/;
nonGlobal.lastIndex = 5;
console.log(nonGlobal.exec("foo").index, nonGlobal.lastIndex);
re.lastIndex = 100;
console.log(re.exec("foo"), re.lastIndex);
re.lastIndex = -5;
console.log(re.exec("foo").index, re.lastIndex);
re.lastIndex = "2";
console.log(re.exec("foo").index, re.lastIndex, typeof re.lastIndex);
var empty = /x*/g;
console.log(empty.exec("abc").index, empty.lastIndex, "abc".replace(/x*/g, "-"));
