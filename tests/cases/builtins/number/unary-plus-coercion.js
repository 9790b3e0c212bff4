// Unary plus, subtraction and multiplication use ToNumber, unlike + on strings.
console.log(+"3" + +"4", "3" + 4, "3" - 4, "3" * "4", "12" / "4", "7" % "4");
console.log(+true, +false, +null, +undefined, +"", +" \n ");
console.log(+"1e-7", +"-0" === 0, 1 / +"-0", +"0.0000001");
console.log(+[], +[""], +[" 1 "], +["1", "2"], +{}, +function () {});
console.log(+new Date(0), +new Date(1e12), +"0xff", +"-0xff", +"0b11", +"0o11");
console.log("5" * [], "5" * [2], null + 1, undefined + 1, true + true);
console.log(+"Infinity" === Infinity, +"-Infinity", +"INFINITY");
