package com.mediaflow.auth.internal;

/** A fresh pair of tokens for a member. */
public record SignedIn(AuthUser user, String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {}
