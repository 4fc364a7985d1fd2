package org.foilens.cli; public class Main { public static void main(String[] a){} }
