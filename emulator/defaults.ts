// Shared by the emulator (which seeds it) and the storefront (which uses it when no real
// WIX_CLIENT_ID is configured), so the two always agree without any setup.
export const EMULATOR_CLIENT_ID = '6a1a5f5e-2b7c-4f0e-9d3a-5e6d7f8a9b0c';
export const EMULATOR_DEFAULT_PORT = 4010;
