package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void readsC1ControlsAsWindows1252() {
    assertEquals(
        "a dash \u2013 and \u201cquotes\u201d",
        MailText.windows1252("a dash \u0096 and \u0093quotes\u0094"));
    assertEquals("caf\u00e9", MailText.windows1252("caf\u00e9"));
  }

  @Test
  void decodesUtf7EncodedWords() {
    assertEquals(
        "Va\u0161e emailov\u00e1 zpr\u00e1va byla p\u0159evzata",
        MailText.header(
            "=?utf-7?b?VmErQVdFLWUgZW1haWxvditBT0UtIHpwcitBT0UtdmEgYnlsYSBwK0FWay1ldnphdGE=?="));
    assertEquals(
        "Epodatelna <bob@localhost>",
        MailText.header("=?utf-7?b?RXBvZGF0ZWxuYQ==?= <bob@localhost>"));
    assertEquals("Re: =?UTF-8?B?0JLQsNGI?=", MailText.header("Re: =?UTF-8?B?0JLQsNGI?="));
  }

  @Test
  void utf7() {
    assertEquals("Hi Mom -\u263a-!", MailText.utf7("Hi Mom -+Jjo--!"));
    assertEquals("1 + 1 = 2", MailText.utf7("1 +- 1 = 2"));
    assertEquals("\u65e5\u672c\u8a9e", MailText.utf7("+ZeVnLIqe-"));
  }
}
