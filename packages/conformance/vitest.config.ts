import { vitestBase } from "../../scripts/vitest-base";

export default vitestBase;
