/**
 * localStorage keys shared by the before-paint scripts (server-rendered strings) and the client
 * controls. Kept in a plain module: constants exported from a 'use client' file are not values
 * on the server.
 */
export const TEXT_SIZE_STORAGE_KEY = 'text-size';
export const DISMISSED_ALERTS_STORAGE_KEY = 'dismissed-alerts';
