// == between numbers and strings converts the string with ToNumber.
console.log(1 == "1", 0 == "", 0 == " ", 0 == "\n\t");
console.log(10 == "1e1", 255 == "0xff", 1 == "1.0", 1 == " 1 ");
console.log(0 == "0x", NaN == "NaN", Infinity == "Infinity");
console.log(-0 == "-0", 0 == "-0");
console.log("1" == "1.0", "a" == "a");
console.log(100 == "1e2", 0.1 == ".1", 5 == "5a");
console.log(16 == "0x10", 8 == "010");
console.log(0 == "0.0", 0 == "+0", 0 == ".0", 1 == "1e0", 2 == "0b10", 8 == "0o10");
console.log(Infinity == "inf", -Infinity == "-Infinity", 1e21 == "1e21");
