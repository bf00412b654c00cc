import { prepareTemplate } from "./test-db";

export default async function setup() {
  await prepareTemplate();
}
