// == converts a boolean operand to a number first.
console.log(true == 1, true == "1", true == "true");
console.log(false == 0, false == "", false == "0", false == " ");
console.log(true == 2, false == null, false == undefined);
console.log(false == [], false == [0], true == [1], true == ["1"]);
console.log(false == {}, true == {});
console.log("" == false, "0" == false, "00" == false, "0.0" == false);
console.log(!!"0", !!"", !![], !!{});
console.log(true == "  1  ", false == "\n", true == 1.0, true === 1);
console.log(false == "false", true == "yes", Boolean("false") == true);
