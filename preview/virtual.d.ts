declare module "virtual:example-vault" {
  const files: Record<string, string>;
  export default files;
}
