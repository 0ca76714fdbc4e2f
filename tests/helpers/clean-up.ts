/** After each test file: the temporary vaults it made are removed (they would pile up in the OS temp folder). */
import { removeTempFolders } from "./temp-vault";

afterAll(() => removeTempFolders());
