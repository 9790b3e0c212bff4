// getOwnPropertyDescriptor returns fresh descriptor objects for data and accessor properties.
var o = { data: 1, get acc() { return 2; } };
var d1 = Object.getOwnPropertyDescriptor(o, "data");
var d2 = Object.getOwnPropertyDescriptor(o, "data");
console.log(d1 === d2, Object.keys(d1).join(","));
var a = Object.getOwnPropertyDescriptor(o, "acc");
console.log(Object.keys(a).join(","), typeof a.set);
console.log(Object.getOwnPropertyDescriptor(o, "missing"));
console.log(Object.getOwnPropertyDescriptor(o, "toString"));
console.log(Object.getOwnPropertyDescriptor("abc", "length").value);
d1.value = 99;
console.log(o.data);
var arr = [5];
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(arr, "0")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(arr, "length")));
