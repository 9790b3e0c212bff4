// Static members are inherited through the constructor chain; this in static methods is the called class; species-like factories.
class Model {
  static registry = [];
  static create(props) { const m = Object.assign(new this(), props); this.registry.push(m); return m; }
  static get kind() { return this.name.toLowerCase(); }
}
class User extends Model {}
class Admin extends User { static registry = []; }
const u = User.create({ n: 'u' }), a = Admin.create({ n: 'a' });
console.log(u instanceof User, a instanceof Admin, User.kind, Admin.kind, Model.registry.length, Admin.registry.length, User.registry === Model.registry);
console.log(Object.getPrototypeOf(Admin) === User, Object.getOwnPropertyNames(Admin).sort().join(), 'create' in Admin, Admin.hasOwnProperty('create'));
