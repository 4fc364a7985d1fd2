package org.foilens.model;

import java.time.LocalDate;

/**
 * The headers of one message that the pipeline uses; any may be null.
 *
 * @param from the sender as written
 * @param to the recipients as written
 * @param subject the subject line
 * @param date the date the message was sent
 * @param messageId the Message-ID
 * @param inReplyTo the In-Reply-To or last References id
 * @param direction {@code outgoing} (from the requester), {@code incoming} (to the requester) or
 *     {@code annotation} (a note a third party left on a request page) where the source says so, as
 *     WhatDoTheyKnow's exports do; else null
 */
public record MailHeaders(
    String from,
    String to,
    String subject,
    LocalDate date,
    String messageId,
    String inReplyTo,
    String direction) {}
