// Math functions convert string arguments: numeric strings work, others give NaN.
console.log(Math.sqrt("16"), Math.abs("-3.5"), Math.floor(" 2.9 "), Math.max("7", "10"), Math.pow("2", "3"));
console.log(Math.sqrt("x"), Math.abs(""), Math.floor("0x10"), Math.ceil("1e2"), Math.round("-0.5"), Math.trunc("Infinity"));
console.log(Math.min("", "-1"), Math.hypot("3", "4"), Math.sign("-0"), Object.is(Math.sign("-0"), -0), Math.log10("100"));
