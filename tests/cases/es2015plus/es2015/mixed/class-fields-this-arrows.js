// Class field initializers: this is the instance, arrow fields bind it, fields see earlier fields, computed keys once per class.
let evaluations = 0;
const key = () => { evaluations++; return 'computed'; };
class Button {
  label = 'OK';
  text = `[${this.label}]`;
  [key()] = 1;
  onClick = () => `${this.label} clicked`;
  static count = 0;
  id = ++Button.count;
}
const b1 = new Button(), b2 = new Button();
const { onClick } = b1;
console.log(b1.text, onClick(), b2.id, evaluations, Object.keys(b1).join());
class Derived extends Button { label = 'Derived'; extra = this.onClick(); }
const d = new Derived();
console.log(d.text, d.extra, d.onClick(), d.id);
