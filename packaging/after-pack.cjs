// electron-builder's afterPack hook (packaging/electron-builder.yml): flips the Electron fuses on the
// packaged binary before it is signed and wrapped into an installer. See packaging/fuses.js.
exports.default = async function afterPack(context) {
  const { flipPackagedFuses } = await import('./fuses.js');
  await flipPackagedFuses(context);
};
