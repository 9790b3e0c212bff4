// switch over strings, with computed case expressions and a shared body.
function cmd(input) {
  var verb = input.split(" ")[0];
  switch (verb.toLowerCase()) {
    case "go": case "walk": case "run":
      return "move " + input.split(" ")[1];
    case "take":
      return "take " + input.slice(5);
    case "q".concat("uit"):
      return "bye";
    case "":
      return "empty";
    default:
      return "unknown " + JSON.stringify(verb);
  }
}
var inputs = ["go north", "RUN east", "take lamp", "quit", "", "dance now"];
for (var i = 0; i < inputs.length; i++) console.log(cmd(inputs[i]));
