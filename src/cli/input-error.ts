/** A problem with the user's input or arguments: reported in one clear line, exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
