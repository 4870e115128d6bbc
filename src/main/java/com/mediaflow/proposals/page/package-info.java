/**
 * The public page a studio's client opens from the proposal e-mail ({@code GET /p/{token}}): the
 * proposal rendered as HTML, with plain scripts and styles served by this application under a strict
 * Content-Security-Policy, from which the client accepts, declines or signs through the public JSON
 * routes.
 */
@NullMarked
package com.mediaflow.proposals.page;

import org.jspecify.annotations.NullMarked;
